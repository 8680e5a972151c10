from h import *
rng=np.random.default_rng(1708); n,d,K=3,4,5
x=rng.normal(size=n); h=rng.normal(size=d); b=rng.normal(size=d); c=rng.normal(size=K); W=rng.normal(size=(d,d))*.5; U=rng.normal(size=(d,n)); V=rng.normal(size=(K,d))
o=c+V@np.tanh(b+W@h+U@x)
run('c1708_gbc_rnn', {r'\boldsymbol{x}^{(t)}':x, r'\boldsymbol{h}^{(t-1)}':h, r'\boldsymbol{b}':b, r'\boldsymbol{c}':c, r'\boldsymbol{W}':W, r'\boldsymbol{U}':U, r'\boldsymbol{V}':V}, torch.softmax(T(o),0).numpy(), fn=r'\hat{\boldsymbol{y}}^{(t)}')
