from h import *
rng=np.random.default_rng(415); N,C=6,4; x=torch.log_softmax(T(rng.normal(size=(N,C))),1).numpy(); w=rng.uniform(0.2,2,C); y=rng.integers(0,C,N)
exp=torch.nn.functional.nll_loss(T(x),torch.tensor(y),weight=T(w))
run('c415_nll_weighted', {'x':x,'w':w,'y':y}, exp.numpy(), fn=r'\ell')
