from h import *
rng=np.random.default_rng(1078); m,d=6,4; F=rng.normal(size=(m,d)); R=1.5; lam=0.01
out=lam/(2*m)*((torch.linalg.norm(T(F),dim=1)-R)**2).sum()
run('c1078_ring_loss', {r'\mathcal{F}(x)':F,'R':R,r'\lambda':lam}, out.numpy())
