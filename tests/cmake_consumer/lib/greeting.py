# Found through INCLUDE_DIRS (-I), as a folder on PYTHONPATH would be.
WHO = "a CMake consumer"
