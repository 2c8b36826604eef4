# -*- coding: uft-8 -*-
# A misspelt encoding name stops translation as it stops python3.
print("never")
