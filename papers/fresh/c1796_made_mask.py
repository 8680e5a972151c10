from h import *
K,D=5,4; m=np.array([1,3,2,1,3.])
run('c1796_made_mask', {'m':m}, (m[:,None]>=np.arange(1,D+1)[None,:]).astype(float), fn=r'M^{\mathbf{W}}', dims={'D':D})
