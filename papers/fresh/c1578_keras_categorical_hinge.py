from h import *
rng=np.random.default_rng(1578); C=5; yt=np.eye(C)[2]; yp=rng.normal(size=C)
neg=np.max((1-yt)*yp); pos=np.sum(yt*yp)
run('c1578_keras_categorical_hinge', {'y_true':yt,'y_pred':yp}, max(neg-pos+1,0), fn='loss')
