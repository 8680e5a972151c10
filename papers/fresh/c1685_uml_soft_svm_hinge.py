from h import *
rng=np.random.default_rng(1685); m,d=7,3; x=rng.normal(size=(m,d)); y=np.where(rng.random(m)<0.5,-1.0,1.0); w=rng.normal(size=d); b=0.2
run('c1685_uml_soft_svm_hinge', {r'\mathbf{x}_i':x, 'y_i':y, r'\mathbf{w}':w, 'b':b}, np.mean(np.maximum(0,1-y*(x@w+b))), fn=r'L_S^{\rm hinge}')
