"""The heart of mlfound.autodiff.Value: one operation and the backward pass.

Printed from the library's own source (without docstrings), so the page
always shows the code that runs. A product records both factors with their
local derivatives (d(uv)/du = v, d(uv)/dv = u); backward visits the graph
from the output back to the inputs and adds grad x local derivative to each
parent.
"""

import inspect
import re
import textwrap

from mlfound.autodiff import Value

for method in (Value.__mul__, Value.backward):
    source = textwrap.dedent(inspect.getsource(method))
    print(re.sub(r'\n\s*r?"""[\s\S]*?"""', "", source, count=1))
