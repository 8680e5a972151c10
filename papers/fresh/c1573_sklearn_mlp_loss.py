from h import *
rng=np.random.default_rng(1573); n,p,q=6,3,4; y=(rng.random(n)<0.5).astype(float); yh=rng.uniform(0.1,0.9,size=n); W=rng.normal(size=(p,q)); a=0.1
exp=-np.mean(y*np.log(yh)+(1-y)*np.log(1-yh))+a/(2*n)*np.sum(W**2)
run('c1573_sklearn_mlp_loss', {'y':y, r'\hat{y}':yh, 'W':W, r'\alpha':a}, exp, fn='Loss')
