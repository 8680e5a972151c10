from h import *
# skipped as a check: the paper's delta_t V is a product notation; see the report
print('RESULT: NO OUTPUT')
