from h import *
rng=np.random.default_rng(1286); n,p=6,4; y=rng.normal(size=n); X=rng.normal(size=(n,p)); b=rng.normal(size=p); l1,l2=0.3,0.7
L=np.sum((y-X@b)**2)+l2*np.sum(b**2)+l1*np.sum(np.abs(b))
run('c1286_elastic_net', {'\\mathbf{y}':y,'\\mathbf{X}':X,'\\boldsymbol{\\beta}':b,'\\lambda_1':l1,'\\lambda_2':l2}, L, fn='L')
