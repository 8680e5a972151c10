from h import *
rng=np.random.default_rng(728); L,d,dk=3,4,2
h0,h1=rng.normal(size=(L,d)),rng.normal(size=(L,d)); Wk=rng.normal(size=(dk,d))
ht=np.concatenate([h0,h1],0)
run('c728_txl_memory', {r'\mathbf{h}_{\tau}^{n-1}':h0, r'\mathbf{h}_{\tau+1}^{n-1}':h1, r'\mathbf{W}_k':Wk}, ht@Wk.T, fn=r'\mathbf{k}_{\tau+1}^{n}')
