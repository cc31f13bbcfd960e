// Two runs of site-gen:publish to file:target/www: the first uploads the site, the second
// finds nothing changed and leaves the folder alone.
def www = new File(basedir, 'target/www')
assert new File(www, 'index.html').isFile() : "missing ${www}/index.html"
assert new File(www, 'tips/hello.html').isFile()
def manifest = new File(www, '.sitegen-manifest')
assert manifest.isFile() : 'the manifest of the publish is missing'
assert manifest.getText('UTF-8').contains(' tips/hello.html\n')
assert !www.listFiles().any { it.name.endsWith('.sitegen-tmp') || it.name == '.sitegen-pending' }

def log = new File(basedir, 'build.log').getText('UTF-8')
def summaries = log.readLines().findAll { it.contains('Published to file:') }
assert summaries.size() == 2 : "expected two summary lines, found ${summaries}"
assert summaries[0] =~ /\[INFO\] Published to file:.*\/target\/www: [1-9]\d* uploaded \(.*\), 0 unchanged, 0 deleted \(\d+\.\d s\)/
assert summaries[1] =~ /\[INFO\] Published to file:.*\/target\/www: 0 uploaded \(0 B\), [1-9]\d* unchanged, 0 deleted/
assert !log.contains('BUILD FAILURE')
return true
