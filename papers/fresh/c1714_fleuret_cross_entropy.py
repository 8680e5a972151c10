from h import *
rng=np.random.default_rng(1714); N,D,C=5,3,4; x=rng.normal(size=(N,D)); w=rng.normal(size=(C,D)); y=rng.integers(1,C+1,size=N)
logits=x@w.T; ls=torch.log_softmax(T(logits),1).numpy()
run('c1714_fleuret_cross_entropy', {'x':x,'y':y.astype(float),'w':w}, np.array(-np.mean(ls[np.arange(N),y-1])), fn=r'\mathscr{L}_{ce}')
