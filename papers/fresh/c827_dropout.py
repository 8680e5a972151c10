from h import *
rng=np.random.default_rng(827); n,m=5,3
r=(rng.uniform(size=n)<0.5).astype(float); y=rng.normal(size=n); W=rng.normal(size=(m,n)); b=rng.normal(size=m)
run('c827_dropout', {r'\mathbf{r}^{(l)}':r,r'\mathbf{y}^{(l)}':y,r'\mathbf{w}^{(l+1)}':W,r'\mathbf{b}^{(l+1)}':b}, W@(r*y)+b, fn='z^{(l+1)}')
