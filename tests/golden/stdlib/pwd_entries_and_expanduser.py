# pwd's struct_passwd entries and KeyErrors, and posixpath.expanduser('~user'), which reads it.
import os
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir, root[0], len(root), type(root).__name__)
print(pwd.getpwnam("root") == root, repr(root).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="))
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.__module__, any(e.pw_uid == 0 for e in pwd.getpwall()))
print(os.path.expanduser("~root"), os.path.expanduser("~root/sub"), os.path.expanduser("~nosuchuser_py2cpp/x"))
for bad in [lambda: pwd.getpwuid(1234567), lambda: pwd.getpwnam("nosuchuser_py2cpp"), lambda: pwd.getpwnam(1),
            lambda: pwd.getpwuid("x"), lambda: pwd.getpwuid(-5), lambda: pwd.getpwnam("a\0b")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
