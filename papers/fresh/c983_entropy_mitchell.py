from h import *
pp=9/14; pm=5/14
run('c983_entropy_mitchell', {r'p_\oplus':pp, r'p_\ominus':pm}, np.array(-pp*np.log2(pp)-pm*np.log2(pm)))
