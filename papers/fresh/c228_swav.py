from h import *
rng=np.random.default_rng(228); D,K=4,6; z=rng.normal(size=D); q=rng.random(K); q/=q.sum(); C=rng.normal(size=(D,K)); tau=0.5
p=torch.softmax(T(z)@T(C)/tau,0); run('c228_swav', {r'\mathbf{z}_t':z,r'\mathbf{q}_s':q,r'\mathbf{C}':C,r'\tau':tau}, (-(T(q)*p.log()).sum()).numpy(), fn=r'\ell')
