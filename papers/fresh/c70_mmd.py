from h import *
rng=np.random.default_rng(70); m,n,d=4,5,2; x,y=rng.normal(size=(m,d)),rng.normal(size=(n,d))+0.5; s=0.8
K=lambda a,b: torch.exp(-torch.cdist(a,b)**2/(2*s*s))
X,Y=T(x),T(y); mmd=K(X,X).mean()-2*K(X,Y).mean()+K(Y,Y).mean()
run('c70_mmd', {'x':x,'y':y,'\\sigma':s}, mmd.numpy())
run('c70b_mmd_nested', {'x':x,'y':y,'\\sigma':s}, mmd.numpy())
