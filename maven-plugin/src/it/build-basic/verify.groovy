// The goal ran at package and wrote the site under target/site.
def site = new File(basedir, 'target/site')
def index = new File(site, 'index.html')
def hello = new File(site, 'tips/hello.html')

assert index.isFile() : "missing ${index}"
assert hello.isFile() : "missing ${hello}"
assert index.getText('UTF-8').contains('Hello')
assert index.getText('UTF-8').contains('New Year')
assert hello.getText('UTF-8').contains('Hello')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] Site built in target\/site: 2 posts, \d+ pages, \d+ feed files?, \d+ files? copied/
assert log.contains('BUILD SUCCESS')
return true
