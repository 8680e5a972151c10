from h import *
rng=np.random.default_rng(234); k=6; Q=rng.normal(size=k); Nn=rng.integers(1,10,k).astype(float); c,t=2.0,20
run('c234_ucb', {'Q_t':Q,'N_t':Nn,'c':c,'t':t}, np.array(float(torch.argmax(T(Q)+c*torch.sqrt(np.log(t)/T(Nn))))))
