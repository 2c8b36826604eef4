# plain_module.py is a module, not a package.
import plain_module.inner
