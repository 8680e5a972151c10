from h import *
rng=np.random.default_rng(796); d,K=4,3
x=rng.normal(size=d); mu=rng.normal(size=d); A=rng.normal(size=(d,d)); S=A@A.T; W=rng.normal(size=(K,d)); y=2; s=2.5
X=T(x).requires_grad_(); lp=torch.log_softmax(T(W)@X,0)[y-1]; (g,)=torch.autograd.grad(lp,X)
run('c796_classifier_guidance', {'x_t':x,r'\mu':mu,r'\Sigma':S,'W':W,'y':y,'s':s}, (T(mu)+s*T(S)@g).numpy())
