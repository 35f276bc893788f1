import a. b.
