#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 with cross-origin isolation headers, so that
performance.now() has fine resolution in the benchmark page.
    python3 serve.py <folder> <port>"""
import functools, http.server, sys

class Isolated(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()
    def log_message(self, *args):
        pass

handler = functools.partial(Isolated, directory=sys.argv[1])
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), handler).serve_forever()
