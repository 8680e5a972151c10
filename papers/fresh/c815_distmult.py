from h import *
rng=np.random.default_rng(815); d=5
eh,r,et=(rng.normal(size=d) for _ in range(3))
run('c815_distmult', {r'\mathbf{e}_h':eh,r'\mathbf{r}':r,r'\mathbf{e}_t':et}, (eh*r*et).sum())
