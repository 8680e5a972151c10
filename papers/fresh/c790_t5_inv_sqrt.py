from h import *
for n in (100, 10000, 250000):
    run('c790_t5_inv_sqrt', {'n':n,'k':10000}, np.array(1/np.sqrt(max(n,10000))))
