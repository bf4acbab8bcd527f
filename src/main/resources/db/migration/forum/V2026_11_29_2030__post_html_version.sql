-- Which version of the Markdown rules rendered a post's stored HTML: a post rendered by older rules is rendered
-- again at start-up, so a change to what is allowed reaches every post.
ALTER TABLE forum_post ADD COLUMN body_html_version INTEGER;
