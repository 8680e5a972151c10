from h import *
rng=np.random.default_rng(966); s,o=3,4
C=rng.integers(-500,500,size=(s,o)).astype(float); cx=rng.uniform(10,20,size=s); cw=rng.uniform(10,20,size=o)
run('c966_int8_vectorwise', {'C_{i32}':C, r'\mathbf{c}_{x_{f16}}':cx, r'\mathbf{c}_{w_{f16}}':cw}, C/np.outer(cx,cw), fn='C_{f_{16}}')
