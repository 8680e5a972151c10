from h import *
rng=np.random.default_rng(1377); K,d=4,3; z=rng.normal(size=d); q=rng.random(K); q/=q.sum(); C=rng.normal(size=(K,d)); tau=0.5
p=torch.softmax(T(C@z/tau),0).numpy()
run('c1377_weng_swav', {r'\mathbf{z}_t':z, r'\mathbf{q}_s':q, r'\mathbf{C}':C, r'\tau':tau}, np.array(-(q*np.log(p)).sum()), fn=r'\ell')
