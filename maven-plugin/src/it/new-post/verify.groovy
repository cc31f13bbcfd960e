// Invocation 1 wrote the post, 2 published it, 3 refused to overwrite an existing one.
def log = new File(basedir, 'build.log').getText('UTF-8')

def post = new File(basedir, 'posts/openstack/tips/exploring-a-migration-nova-1.md')
assert post.isFile() : "missing ${post}"
def text = post.getText('UTF-8')
assert text ==~ /(?s)---\ntitle: "Exploring a migration: \\"nova\\" #1"\ndate: \d{4}-\d{2}-\d{2} \d{2}:\d{2}\ntags: \[nova, neutron\]\n---\n\nWrite your post here\.\n/ : text
assert log.contains('[INFO] Created posts/openstack/tips/exploring-a-migration-nova-1.md')

def page = new File(basedir, 'target/site/openstack/tips/exploring-a-migration-nova-1.html')
assert page.isFile() : "the build did not publish ${page}"
assert page.getText('UTF-8').contains('Exploring a migration: &quot;nova&quot; #1')
assert new File(basedir, 'target/site/index.html').getText('UTF-8')
    .contains('/openstack/tips/exploring-a-migration-nova-1.html')
assert log =~ /\[INFO\] Site built in target\/site: 2 posts/

def existing = new File(basedir, 'posts/diary/already-here.md')
assert existing.getText('UTF-8') == '''---
title: "Already here"
date: 2014-01-01 10:00
---
Words that site-gen:new must never overwrite.
''' : 'site-gen:new changed a post that existed'
assert log.contains('posts/diary/already-here.md: already exists')
assert log.contains('-Dslug=')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat io.sitegen') : 'a site-gen stack trace reached the user'
return true
