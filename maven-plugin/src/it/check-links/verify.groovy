// Invocation 1: the good blog passes; invocation 2: the broken template fails the check.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /\[INFO\] Checked \d+ pages and \d+ feeds: \d+ links, 0 broken/
assert log.contains('BUILD SUCCESS')

assert log =~ /\[INFO\] Checked \d+ pages and \d+ feeds: \d+ links, [1-9]\d* broken/
assert log.contains('tips/hello.html: broken link "/about/" (no such file)')
assert log.contains('tips/hello.html: broken link "#respond" (no element with id "respond")')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat io.sitegen') : 'a site-gen stack trace reached the user'
return true
