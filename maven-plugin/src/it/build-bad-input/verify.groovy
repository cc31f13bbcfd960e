// The user sees which file is wrong and what to do, and no stack trace,
// although the fork runs with -e (showErrors).
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD FAILURE')
assert log.contains('posts/tips/untitled.md') : 'the failing file is not named'
assert log.contains('has no title')
assert !log.contains('\tat io.sitegen') : 'a site-gen stack trace reached the user'
assert !new File(basedir, 'target/site').exists() : 'a failed build must write no site'
return true
