// The archetype wrote the blog, and site-gen:build turned it into a site.
def blog = new File(basedir, 'my-blog')
['pom.xml', 'site.yaml', 'README.md', '.gitignore', '.mvn/jvm.config', 'posts/hello-world.md', 'pages/about.md'].each {
  assert new File(blog, it).isFile() : "the archetype did not write ${it}"
}
def pom = new File(blog, 'pom.xml').getText('UTF-8')
assert pom.contains('<groupId>org.example</groupId>')
assert pom.contains('<artifactId>my-blog</artifactId>')
assert pom.contains('<packaging>pom</packaging>')
assert !pom.contains('${') : 'a placeholder was left in pom.xml'
assert new File(blog, '.gitignore').getText('UTF-8').contains('target/')
// Markdown is copied as it is, not run through Velocity.
assert new File(blog, 'posts/hello-world.md').getText('UTF-8') ==
    new File(basedir, '../../../../generator/src/main/resources/io/sitegen/generator/scaffold/blog/posts/hello-world.md').getText('UTF-8')

def site = new File(blog, 'target/site')
def post = new File(site, 'hello-world.html')
assert new File(site, 'index.html').getText('UTF-8').contains('hello-world.html')
assert post.getText('UTF-8').contains('Hello, world')
assert !new File(blog, 'target').listFiles().any { it.name.endsWith('.jar') } : 'an empty jar was built'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
return true
