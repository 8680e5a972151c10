from h import *
rng=np.random.default_rng(818); I,J,d=4,3,5
b=rng.normal(size=(I,J)); u=rng.normal(size=(J,I,d))
c=np.exp(b)/np.exp(b).sum(1,keepdims=True)
s=np.einsum('ij,jid->jd',c,u)
run('c818_routing', {'b':b,r'\hat{\mathbf{u}}':u}, {'c':c,'s':s}, fn=['c',r'\mathbf{s}'])
