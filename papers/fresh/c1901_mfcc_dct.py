from h import *
rng=np.random.default_rng(1901); X=rng.normal(size=20); i=np.arange(1,13)[:,None]; k=np.arange(1,21)[None,:]
run('c1901_mfcc_dct', {'X':X}, (X[None,:]*np.cos(i*(k-0.5)*np.pi/20)).sum(1), fn=r'\mathrm{MFCC}')
