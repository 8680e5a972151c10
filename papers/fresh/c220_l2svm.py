from h import *
rng=np.random.default_rng(220); N,D=7,4; x=rng.normal(size=(N,D)); t=np.sign(rng.normal(size=N)); w=rng.normal(size=D)*.3; C=0.7
W=T(w); exp=0.5*W@W+C*(torch.clamp(1-(T(x)@W)*T(t),min=0)**2).sum()
run('c220_l2svm', {'x':x,'t':t,'w':w,'C':C}, exp.numpy(), fn=r'\ell')
