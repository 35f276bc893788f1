# A warning with a source object tells where the object was allocated, when tracemalloc
# traced it, else suggests enabling tracemalloc (warnings' _formatwarnmsg_impl).
import tracemalloc
import warnings

warnings.simplefilter("always", ResourceWarning)


class Res:
    pass


r = Res()
warnings.warn("unclosed resource", ResourceWarning, source=r)
tracemalloc.start()
held = [1, 2, 3]
warnings.warn("unclosed list", ResourceWarning, source=held)
r2 = Res()
warnings.warn("an instance (3.11 finds no traceback for it)", ResourceWarning, source=r2)
tracemalloc.stop()
warnings.warn("no source", UserWarning)
