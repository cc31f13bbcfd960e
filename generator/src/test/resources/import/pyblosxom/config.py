# PyBlosxom configuration (only plain assignments are read by the importer)
py = {}
py["datadir"] = "/home/blog/datadir"
py["blog_title"] = "Blosxom Days"
py["blog_description"] = "Notes since 2004"
py["blog_author"] = "Pat Example"
py["base_url"] = "http://www.example.org/blog"
