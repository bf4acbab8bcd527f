-- An older conversation on Northgate Hill, from the autumn: residents who have been members since September have
-- read and written more than the newest threads show, which is what the forums' trust levels count. Rosa read it
-- all; with what else she read she is a member (the account page shows her level and what a regular needs).
INSERT INTO forum_thread (forum_id, title, author_id, acting_organisation, created_at, last_activity_at, reply_count)
  SELECT f.id, CAST('Northgate Road litter pick: monthly from now on?' AS VARCHAR(150)), m.id, CAST(NULL AS VARCHAR(80)), CAST('2026-10-03 09:00:00' AS TIMESTAMP), CAST('2026-11-08 18:00:00' AS TIMESTAMP), 9
    FROM forum f, member m WHERE f.slug = 'northgate-hill-general' AND m.subject = '5b0c1a4e-0001-4c0a-9a11-000000000001';
INSERT INTO forum_post (thread_id, position, author_id, acting_organisation, body, created_at, edited_at, deleted_at)
  SELECT t.id, 0, m.id, CAST(NULL AS VARCHAR(80)), CAST('Thank you to everyone who came to the litter pick on Saturday. We filled 23 bags between the station and the top of Northgate Road. Shall we make it a monthly thing?' AS VARCHAR(10000)), CAST('2026-10-03 09:00:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title = 'Northgate Road litter pick: monthly from now on?' AND m.subject = '5b0c1a4e-0001-4c0a-9a11-000000000001'
  UNION ALL SELECT t.id, 1, m.id, CAST(NULL AS VARCHAR(80)), CAST('Great work. Monthly would be good; the first Saturday of the month keeps it easy to remember.' AS VARCHAR(10000)), CAST('2026-10-03 10:20:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title = 'Northgate Road litter pick: monthly from now on?' AND m.subject = '5b0c1a4e-0004-4c0a-9a11-000000000004'
  UNION ALL SELECT t.id, 2, m.id, CAST(NULL AS VARCHAR(80)), CAST('First Saturday it is. I will ask the council for more grabbers and bags.' AS VARCHAR(10000)), CAST('2026-10-03 11:05:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title = 'Northgate Road litter pick: monthly from now on?' AND m.subject = '5b0c1a4e-0001-4c0a-9a11-000000000001'
  UNION ALL SELECT t.id, 3, m.id, CAST(NULL AS VARCHAR(80)), CAST('The pantry can lend its hi-vis vests, we have a dozen.' AS VARCHAR(10000)), CAST('2026-10-04 08:45:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title = 'Northgate Road litter pick: monthly from now on?' AND m.subject = '5b0c1a4e-0002-4c0a-9a11-000000000002'
  UNION ALL SELECT t.id, 4, m.id, CAST(NULL AS VARCHAR(80)), CAST('Thank you, Sam. Children were asking to come too: under-16s with a grown-up, and gloves for everyone.' AS VARCHAR(10000)), CAST('2026-10-04 09:30:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title = 'Northgate Road litter pick: monthly from now on?' AND m.subject = '5b0c1a4e-0001-4c0a-9a11-000000000001'
  UNION ALL SELECT t.id, 5, m.id, CAST(NULL AS VARCHAR(80)), CAST('Someone asked about the alley behind the shops: it belongs to the housing association, so we need their say-so first.' AS VARCHAR(10000)), CAST('2026-10-05 19:10:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title = 'Northgate Road litter pick: monthly from now on?' AND m.subject = '5b0c1a4e-0004-4c0a-9a11-000000000004'
  UNION ALL SELECT t.id, 6, m.id, CAST(NULL AS VARCHAR(80)), CAST('I have written to them. Their estate officer will join us next time.' AS VARCHAR(10000)), CAST('2026-10-06 12:00:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title = 'Northgate Road litter pick: monthly from now on?' AND m.subject = '5b0c1a4e-0001-4c0a-9a11-000000000001'
  UNION ALL SELECT t.id, 7, m.id, CAST(NULL AS VARCHAR(80)), CAST('Is next month''s pick still on, with the clocks going back? It gets dark early.' AS VARCHAR(10000)), CAST('2026-10-20 17:30:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title = 'Northgate Road litter pick: monthly from now on?' AND m.subject = '5b0c1a4e-0002-4c0a-9a11-000000000002'
  UNION ALL SELECT t.id, 8, m.id, CAST(NULL AS VARCHAR(80)), CAST('Yes, 10am to midday on 7 November, meeting at the station as before.' AS VARCHAR(10000)), CAST('2026-10-21 08:15:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title = 'Northgate Road litter pick: monthly from now on?' AND m.subject = '5b0c1a4e-0001-4c0a-9a11-000000000001'
  UNION ALL SELECT t.id, 9, m.id, CAST(NULL AS VARCHAR(80)), CAST('Another 19 bags, and the alley is clear. Thank you all. See you next month.' AS VARCHAR(10000)), CAST('2026-11-08 18:00:00' AS TIMESTAMP), CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP)
    FROM forum_thread t, member m WHERE t.title = 'Northgate Road litter pick: monthly from now on?' AND m.subject = '5b0c1a4e-0004-4c0a-9a11-000000000004';
-- everyone who wrote in it has read it to the end
INSERT INTO thread_reader (member_id, thread_id, read_position, followed_at)
  SELECT DISTINCT p.author_id, p.thread_id, t.reply_count, CAST(NULL AS TIMESTAMP)
    FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id
   WHERE t.title = 'Northgate Road litter pick: monthly from now on?';
