from h import *
rng=np.random.default_rng(1689); N,d1,d2,d3=4,3,5,6; h=rng.normal(size=(N,d1)); s=rng.normal(size=d2); W1=rng.normal(size=(d3,d1)); W2=rng.normal(size=(d3,d2)); v=rng.normal(size=d3)
run('c1689_cs224n_additive_attention', {r'\mathbf{h}':h, r'\mathbf{s}':s, r'\mathbf{W}_1':W1, r'\mathbf{W}_2':W2, r'\mathbf{v}':v}, np.tanh(h@W1.T+s@W2.T)@v, fn='e')
