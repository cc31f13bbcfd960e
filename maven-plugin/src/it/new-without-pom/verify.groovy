// site-gen:new ran in a folder without a pom.xml and wrote the post below this folder.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !new File(basedir, 'pom.xml').exists() : 'this case must have no POM'
def post = new File(basedir, 'posts/diary/written-without-a-pom.md')
assert post.isFile() : "missing ${post}\n${log}"
assert post.getText('UTF-8').startsWith('---\ntitle: "Written without a POM"\ndate: ')
assert log.contains('[INFO] Created posts/diary/written-without-a-pom.md')
assert log.contains('BUILD SUCCESS')
return true
