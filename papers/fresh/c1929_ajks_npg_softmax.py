from h import *
rng=np.random.default_rng(1929); S,A=3,4; p=rng.uniform(size=(S,A)); p/=p.sum(1,keepdims=True); Ad=rng.normal(size=(S,A)); eta=0.5; g=0.9
w=p*np.exp(eta*Ad/(1-g)); run('c1929_ajks_npg_softmax', {r'\pi^{(t)}':p, 'A^{(t)}':Ad, r'\eta':eta, r'\gamma':g}, w/w.sum(1,keepdims=True), fn=r'\pi^{(t+1)}')
