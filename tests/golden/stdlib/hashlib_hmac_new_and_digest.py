# _hashlib's HMAC over OpenSSL: hmac_new with a name or an openssl_* constructor, incremental
# updates and copies, hmac_digest, and CPython's errors.
import _hashlib


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        # An unknown digest is a ValueError, an UnsupportedDigestmodError since 3.11.3.
        kind = "ValueError" if isinstance(e, ValueError) else type(e).__name__
        print(kind, e)


for digestmod in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", _hashlib.openssl_sha224,
                  _hashlib.openssl_md5):
    h = _hashlib.hmac_new(b"key", b"The quick brown fox", digestmod)
    print(h.name, h.digest_size, h.block_size, type(h).__name__, h.hexdigest())
h = _hashlib.hmac_new(bytearray(b"k" * 200), digestmod="sha256")
h.update(b"part one, ")
c = h.copy()
h.update(memoryview(b"part two"))
c.update(msg=b"another")
print(h.hexdigest(), c.hexdigest(), h.digest()[:4], h.copy().digest() == h.digest())
print(_hashlib.hmac_new(b"", None, "sha1").hexdigest(), _hashlib.hmac_new(key=b"k", msg=b"m", digestmod="md5").digest())
print(_hashlib.hmac_digest(b"key", b"msg", "sha1").hex(), _hashlib.hmac_digest(b"key", b"msg", digest="sha384")[:8])
print(repr(h).startswith("<sha256 HMAC object @ 0x"), _hashlib.HMAC.__module__)
show(lambda: _hashlib.hmac_new(b"key", b"msg"))
show(lambda: _hashlib.hmac_new(b"key", b"msg", "foo"))
show(lambda: _hashlib.hmac_new(b"key", b"msg", 5))
show(lambda: _hashlib.hmac_new(b"key", b"msg", len))
show(lambda: _hashlib.hmac_new("key", b"msg", "md5"))
show(lambda: _hashlib.hmac_new(b"key", "msg", "md5"))
show(lambda: _hashlib.hmac_new())
show(lambda: _hashlib.hmac_digest(b"key", b"msg", "foo"))
show(lambda: _hashlib.hmac_digest(b"key", b"msg", 1))
show(lambda: _hashlib.hmac_digest(b"key", "msg", "md5"))
show(lambda: h.update("x"))
show(lambda: h.update())
show(lambda: type(h)())
_hashlib.hmac_new(b"key", 1, "md5")
