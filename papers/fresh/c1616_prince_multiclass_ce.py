from h import *
rng=np.random.default_rng(1616); I,K=5,3; f=rng.normal(size=(I,K)); y=rng.integers(1,K+1,size=I)
run('c1616_prince_multiclass_ce', {r'\mathbf{f}[\mathbf{x}_i, \boldsymbol\phi]':f, 'y':y.astype(float)}, torch.nn.functional.cross_entropy(T(f), torch.tensor(y-1), reduction='sum').numpy(), fn='L')
