#!/usr/bin/env python3
"""Builds the compressed example inputs in examples/inputs/ from text written here.

    python3 tools/make_example_inputs.py

Writes:
  examples/inputs/crawl.warc.gz          a WARC with a warcinfo record, a request,
                                         two HTML responses (one chunked), a JSON
                                         response and a metadata record, each record
                                         its own gzip member as crawlers write them
  examples/inputs/plain-article-gz.txt.gz a gzipped plain-text article

The articles are fictional and written for this project. Output is deterministic
(gzip mtime 0, fixed record ids and dates), so rerunning changes nothing.
"""

import gzip
import io
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "examples" / "inputs"

PAGE_ONE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ostrava summit ends without deal on grain corridor - Example Times</title>
<meta property="og:title" content="Summit ends without deal on grain corridor">
<meta property="article:published_time" content="2022-07-21T19:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/europe">Europe</a></nav>
<article>
<h1>Summit ends without deal on grain corridor</h1>
<p class="byline">By Nadia Kovac</p>
<p>Leaders of Marvia and Seltan ended a two-day summit on Thursday without agreeing on a corridor for grain exports through the Ardent Sea, officials from both delegations said.</p>
<p>Marvia's president, Anton Grebe, accused Seltan of blocking the talks by demanding that its naval inspectors board every vessel leaving Marvian ports.</p>
<p>Seltan's foreign minister rejected the accusation and said inspections were needed to stop weapons being smuggled into the region. Both sides said negotiators would meet again in August.</p>
</article>
<footer><p>Example Times. All rights reserved.</p></footer>
</body></html>
"""

PAGE_TWO = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Opposition leader detained after rally</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Opposition leader detained after rally in Kessa", "author": {"@type": "Person", "name": "Tariq Hale"}}</script>
</head><body>
<div class="story-body">
<figure><img src="/a.jpg"><figcaption>Supporters of the opposition gather in Kessa's main square. (Example Agency)</figcaption></figure>
<p>Police in Kessa detained opposition leader Mirela Vance on Saturday hours after she addressed a rally of several thousand supporters demanding early elections.</p>
<p>Her party said she was taken from her car by plain-clothes officers and that her lawyers had not been allowed to see her. The interior ministry said she was being questioned about the organisation of an unauthorised gathering.</p>
<p>Western embassies in the capital issued a joint statement calling for her release.</p>
</div>
<div class="share-tools"><p>Share this story on social media</p></div>
</body></html>
"""

PLAIN_ARTICLE = """Election commission postpones regional vote in Tarvos

The election commission of Tarvos postponed regional elections in three eastern districts on Friday, citing security concerns after a week of clashes between rival militias.

Commission chairman Elias Nordin said the vote, planned for 4 September, would be held "as soon as conditions allow". Opposition parties accused the governing coalition of delaying the vote to avoid defeat.

The United Nations mission in Tarvos urged all sides to agree on a new date within a month.
"""


def http_response(status, content_type, body, chunked=False):
    body = body.encode("utf-8")
    headers = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}"]
    if chunked:
        middle = len(body) // 2
        parts = [body[:middle], body[middle:]]
        body = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"
        headers.append("Transfer-Encoding: chunked")
    else:
        headers.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body


def warc_record(number, warc_type, block, uri=None, content_type=None):
    headers = [
        "WARC/1.1",
        f"WARC-Type: {warc_type}",
        f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012d}>",
        "WARC-Date: 2022-07-22T06:00:00Z",
    ]
    if uri:
        headers.append(f"WARC-Target-URI: {uri}")
    if content_type:
        headers.append(f"Content-Type: {content_type}")
    headers.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + block + b"\r\n\r\n"


def gzip_member(data):
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as member:
        member.write(data)
    return buffer.getvalue()


def main():
    http = "application/http; msgtype=response"
    records = [
        warc_record(1, "warcinfo", b"software: tools/make_example_inputs.py\r\nformat: WARC File Format 1.1\r\n",
                    content_type="application/warc-fields"),
        warc_record(2, "request", b"GET /europe/summit-grain HTTP/1.1\r\nHost: times.example.com\r\n\r\n",
                    uri="https://times.example.com/europe/summit-grain",
                    content_type="application/http; msgtype=request"),
        warc_record(3, "response", http_response("200 OK", "text/html; charset=utf-8", PAGE_ONE),
                    uri="https://times.example.com/europe/summit-grain", content_type=http),
        warc_record(4, "response", http_response("200 OK", "application/json", '{"weather": "sunny"}'),
                    uri="https://times.example.com/api/weather", content_type=http),
        warc_record(5, "response", http_response("200 OK", "text/html", PAGE_TWO, chunked=True),
                    uri="https://daily.example.org/kessa-opposition-leader-detained", content_type=http),
        warc_record(6, "metadata", b"fetchTimeMs: 112\r\n",
                    uri="https://daily.example.org/kessa-opposition-leader-detained",
                    content_type="application/warc-fields"),
    ]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "crawl.warc.gz").write_bytes(b"".join(gzip_member(record) for record in records))
    (OUT / "plain-article-gz.txt.gz").write_bytes(gzip_member(PLAIN_ARTICLE.encode("utf-8")))


if __name__ == "__main__":
    main()
