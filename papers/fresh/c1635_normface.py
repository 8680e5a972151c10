from h import *
rng=np.random.default_rng(1635); m,n,d=4,3,5; f=rng.normal(size=(m,d)); W=rng.normal(size=(n,d)); y=rng.integers(0,n,size=m); s=4
fn_=torch.nn.functional.normalize(T(f),dim=1); Wn=torch.nn.functional.normalize(T(W),dim=1)
out=torch.nn.functional.cross_entropy(s*fn_@Wn.T, torch.tensor(y))
run('c1635_normface', {'f':f,'W':W,'y':y+1}, out.numpy(), fn=r"\mathcal{L}_{S'}")
