from h import *
rng=np.random.default_rng(635); n=6
p,m=rng.uniform(0.1,0.9,size=n),rng.uniform(0.1,0.9,size=n); l=0.95
run('c635_retrace_traces', {r'\pi':p, r'\mu':m, r'\lambda':l}, l*np.minimum(1,p/m), fn='c')
