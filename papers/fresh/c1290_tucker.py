from h import *
rng=np.random.default_rng(1290); de,dr=4,3; W=rng.normal(size=(de,dr,de)); es=rng.normal(size=de); eo=rng.normal(size=de); wr=rng.normal(size=dr)
run('c1290_tucker', {'\\mathcal{W}':W,'\\mathbf{e}_s':es,'\\mathbf{e}_o':eo,'\\mathbf{w}_r':wr}, np.einsum('abc,a,b,c->',W,es,wr,eo), fn='\\phi')
