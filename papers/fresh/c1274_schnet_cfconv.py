from h import *
rng=np.random.default_rng(1274); n,F=4,3; x=rng.normal(size=(n,F)); W=rng.normal(size=(n,n,F))
run('c1274_schnet_cfconv', {r'\mathbf{x}^l':x,r'W^l(\mathbf{r}_i - \mathbf{r}_j)':W}, np.einsum('jf,ijf->if',x,W), fn=r'\mathbf{x}^{l+1}')
