# warnings filters match the message as a regular expression at its start (re.match,
# case-insensitive) and the module as one (case-sensitive).
import warnings

warnings.filterwarnings("ignore", message="deprecated.*")
warnings.warn("deprecated call")
warnings.warn("DEPRECATED too")
warnings.warn("something else")
warnings.filterwarnings("ignore", message=r"value \d+ is")
warnings.warn("value 42 is odd")
warnings.warn("value x is odd")
warnings.filterwarnings("ignore", message="(?P<word>spam|eggs) ")
warnings.warn("eggs and ham")
warnings.filterwarnings("ignore", module="__ma")
warnings.warn("from main")
print("done")
