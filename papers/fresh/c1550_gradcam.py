from h import *
rng=np.random.default_rng(1550); K,u,v=3,4,5; A=rng.random((K,u,v)); G=rng.normal(size=(K,u,v)); Z=u*v
al=T(G).sum((1,2))/Z; L=torch.relu((al[:,None,None]*T(A)).sum(0))
run('c1550_gradcam', {'A':A,r'\frac{\partial y^c}{\partial A}':G,'Z':Z}, L.numpy(), fn=r'L^c_{\text{Grad-CAM}}')
