from h import *
print('RESULT: NO OUTPUT')
